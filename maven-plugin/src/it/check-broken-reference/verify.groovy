// quire:check fails on a post that uses {notImported}: Maven's failure names the file and line,
// without a stack trace, and nothing is published.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[ERROR] Failed to execute goal dev.quire:quire-maven-plugin:')
assert log.contains('Quire found 1 error; nothing was published:')
assert log.contains('[ERROR] blog/2025-11-02-broken.mdx:5: error: {notImported} is used but never imported')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace at the default verbosity'
assert !new File(basedir, 'target/quire').exists()
assert (new File(basedir, 'target').list() ?: []).findAll { it.startsWith('quire-check-') }.isEmpty()
return true
