// quire:check with strict fails on a post whose image file is missing: Maven's failure names
// the file and line, without a stack trace, and nothing is published.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[ERROR] Failed to execute goal dev.quire:quire-maven-plugin:')
assert log.contains('; nothing was published:')
assert log =~ /(?m)^\[ERROR\] blog\/2025-11-03-missing-image\.md:5: (warning|error): .*missing\.png/
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace at the default verbosity'
assert !new File(basedir, 'target/quire').exists()
return true
