// A warning is logged as [WARNING] file:line: message and passes quire:check; with
// -Dquire.strict the same warning fails it, and the failure names it.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.count("[WARNING] quire.yml:3: unknown setting 'colour' is ignored") == 2
assert log.contains('No errors in 1 post and 0 pages, 1 warning')
assert log.contains('Quire found 1 error and 1 warning; nothing was published:\n'
        + "[ERROR] quire.yml:3: warning: unknown setting 'colour' is ignored\n"
        + '[ERROR] error: strict mode: the warnings above count as errors\n')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace at the default verbosity'
return true
