// With -Dquire.skip both bound goals are skipped; without it, the same build fails because the
// project has no site, which shows the skip was what made the first run pass.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.count('Skipping Quire (quire.skip)') == 2
assert log.contains('no Quire site in ' + basedir.toPath().toRealPath() + ': put it in src/site/quire/')
assert !new File(basedir, 'target/quire').exists()
return true
