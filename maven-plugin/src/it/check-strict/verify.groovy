// A warning is logged as [WARNING] file:line: message and passes quire:check; with
// -Dquire.strict the same warning fails it.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains("[WARNING] quire.yml:3: unknown setting 'colour' is ignored")
assert log.contains('No errors in 1 post and 0 pages, 1 warning')
assert log.contains('Quire found 1 error; nothing was published:')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace at the default verbosity'
return true
