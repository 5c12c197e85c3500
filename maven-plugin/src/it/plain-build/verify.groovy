// `mvn quire:build` on a project that only declares the plugin builds the site kept at the
// project's root into target/quire, and that site is byte for byte the one `quire build` makes
// of the same folder.
import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
Path site = base.resolve('target/quire')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Building the site in ' + base.toRealPath())
assert log.contains('Built 2 posts and 1 page into ' + site)
assert !log.contains('[WARNING]')
assert Files.isRegularFile(site.resolve('index.html'))
assert Files.readString(site.resolve('blog/2025/11/28/papers-review/index.html')).contains('Reward Feedback learning')
assert Files.readString(site.resolve('about/index.html')).contains('Notes on papers')
assert Files.readString(site.resolve('img/logo.svg')).startsWith('<svg')

// The same folder through the command line, into another output folder.
Path cliOut = base.resolve('target/quire-cli')
String java = new File(System.getProperty('java.home'), 'bin/java').path
Process cli = new ProcessBuilder(java, '-jar', cliJar, 'build', base.toString(), '--out', cliOut.toString())
        .redirectErrorStream(true).start()
String cliLog = cli.inputStream.getText('UTF-8')
assert cli.waitFor() == 0 : cliLog

def tree = { Path root ->
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.collect { root.relativize(it).toString().replace('\\', '/') }.sort()
    }
}
List<String> fromMaven = tree(site)
List<String> fromCli = tree(cliOut)
assert fromMaven == fromCli
List<String> differing = fromMaven.findAll { !Arrays.equals(Files.readAllBytes(site.resolve(it)), Files.readAllBytes(cliOut.resolve(it))) }
assert differing.isEmpty() : 'files that differ between mvn quire:build and quire build: ' + differing
println "mvn quire:build and quire build wrote the same ${fromMaven.size()} files"
return true
