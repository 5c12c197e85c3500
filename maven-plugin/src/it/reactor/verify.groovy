// In a parallel reactor only the module that binds the plugin publishes, from its own folder
// into its own target/quire, and Maven has no thread-safety complaint about the plugin.
import java.nio.file.Files
import java.nio.file.Path

Path root = basedir.toPath()
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Building the site in ' + root.resolve('site/src/site/quire').toRealPath())
assert log.contains('Built 1 post and 0 pages into ' + root.resolve('site/target/quire'))
assert log.count('--- quire:') == 1
assert !log.contains('not marked as thread-safe') && !log.contains('@threadSafe')
assert Files.readString(root.resolve('site/target/quire/blog/2025/09/01/release/index.html')).contains('The library says hello.')
assert Files.isRegularFile(root.resolve('library/target/library-1.0.jar'))
assert !Files.exists(root.resolve('library/target/quire'))
assert !Files.exists(root.resolve('target/quire'))
return true
