// The site in src/site/quire is checked in `verify` and built in `package`, under the address
// given by <baseUrl>; drafts stay out.
import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
Path site = base.resolve('target/quire')
String log = new File(basedir, 'build.log').getText('UTF-8')

// Maven 3.9 and later name the plugin by its prefix (quire:), older ones by its artifactId.
assert log =~ /--- quire(-maven-plugin)?:\Q${quireVersion}\E:build \(default\) @ lab-site ---/
assert log =~ /--- quire(-maven-plugin)?:\Q${quireVersion}\E:check \(default\) @ lab-site ---/
assert log.indexOf(':build (default)') < log.indexOf(':check (default)') : 'build runs in package, check in verify'
assert log.contains('Building the site in ' + base.resolve('src/site/quire').toRealPath())
assert log.contains('Built 2 posts and 0 pages into ' + site)
assert log.contains('No errors in 2 posts and 0 pages')

assert !log.contains('[WARNING]')
String post = Files.readString(site.resolve('blog/2025/10/02/kickoff/index.html'))
assert post.contains('<link rel="canonical" href="https://lab.github.io/papers/blog/2025/10/02/kickoff/">')
assert post.contains('href="/papers/blog/2025/10/09/notes/"')
assert post =~ /<link rel="stylesheet" href="\/papers\/assets\/[^"]+\.css">/
assert !Files.exists(site.resolve('blog/2025/10/16/unfinished'))
assert !Files.exists(base.resolve('src/site/quire/build')) : 'nothing is written into the site folder'
// The check built into a temporary folder and cleaned up after itself.
assert (base.resolve('target').toFile().list() ?: []).findAll { it.startsWith('quire-check-') }.isEmpty()
return true
