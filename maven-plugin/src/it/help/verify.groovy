// The generated help lists both goals, and each documented parameter with its user property.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('This plugin has 3 goals:')
for (goal in ['quire:build', 'quire:check', 'quire:help']) {
    assert log.contains(goal)
}
for (parameter in ['siteDirectory', 'outputDirectory', 'baseUrl', 'drafts', 'offline', 'strict', 'skip']) {
    assert log.contains('User property: quire.' + parameter) : parameter
}
assert log.contains('Default: ${project.basedir}/src/site/quire')
assert log.contains('Default: ${project.build.directory}/quire')
assert log.contains('Default: ${settings.offline}')
return true
