import java.nio.file.Files
import java.nio.file.StandardCopyOption

def source = new File(repositoryRoot, 'examples/bookshop-app').toPath()
def target = new File(basedir, 'bookshop-app').toPath()
Files.walk(source).filter { !source.relativize(it).toString().startsWith('target') }.each { path ->
    def copy = target.resolve(source.relativize(path).toString())
    if (Files.isDirectory(path)) {
        Files.createDirectories(copy)
    } else {
        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING)
    }
}
return true
