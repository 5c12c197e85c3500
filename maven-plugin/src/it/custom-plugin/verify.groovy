// The stamp plugin ran (settings from quire.yml, the build's options, a tag in every page's head,
// its resources visible to the context class loader on every thread that transformed one of the
// posts in parallel) and the stamped theme, which extends the bundled default theme, rendered
// the pages.
import java.nio.file.Files
import java.nio.file.Path

Path site = basedir.toPath().resolve('target/quire')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert !log.contains('[WARNING]')
assert Files.readString(site.resolve('stamp.txt')) == 'text=Made with <stamp> & care\noffline=false\ndrafts=true\nposts=8\n' +
        'context-class-loader-sees-plugin=true\n'
assert Files.readString(site.resolve('index.html')).contains('<meta name="stamp" content="Made with &lt;stamp> &amp; care">')
assert Files.readString(site.resolve('blog/2025/11/01/fine/index.html')).contains('<meta name="stamp"')
assert Files.readString(site.resolve('404.html')).contains('<h1>Stamped: nothing here</h1>')
assert Files.readString(site.resolve('index.html')).contains('2025-11-01 A fine post')
return true
