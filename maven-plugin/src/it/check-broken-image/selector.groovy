// Images are checked by the bundled images plugin; until its jar registers a plugin, there is
// nothing to test here and this test is skipped.
import java.util.zip.ZipFile

File jar = new File(localRepositoryPath, "dev/quire/quire-plugin-images/${quireVersion}/quire-plugin-images-${quireVersion}.jar")
return new ZipFile(jar).withCloseable { it.getEntry('META-INF/services/dev.quire.plugin.QuirePlugin') != null }
