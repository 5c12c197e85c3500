// Quire is offline exactly when Maven is (mvn -o), or when asked with -Dquire.offline.
def stamp = { String output -> new File(basedir, output + '/stamp.txt').getText('UTF-8') }

assert stamp('target/online').contains('offline=false\n')
assert stamp('target/quire').contains('offline=true\n')
assert stamp('target/asked').contains('offline=true\n')
return true
