import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// The example as it is, a copy in which a developer added a field to Owner without generating a revision, and a
// copy on Spring Boot 4.0 (Hibernate 7).
def source = new File(repositoryRoot, 'examples/petstore-jpa').toPath()
['petstore-jpa', 'petstore-jpa-changed', 'petstore-jpa-boot4'].each { name ->
    def target = new File(basedir, name).toPath()
    Files.walk(source).filter { !source.relativize(it).toString().startsWith('target') }.each { Path path ->
        def copy = target.resolve(source.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(copy)
        } else {
            Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
def owner = new File(basedir, 'petstore-jpa-changed/src/main/java/dev/migrate/examples/petstore/Owner.java')
owner.text = owner.text.replace('    @Embedded\n', '    @Column(length = 30)\n    private String phoneNumber;\n\n    @Embedded\n')
assert owner.text.contains('phoneNumber')
def boot4 = new File(basedir, 'petstore-jpa-boot4/pom.xml')
boot4.text = boot4.text.replace('<version>3.5.7</version>', '<version>4.0.7</version>')
assert boot4.text.contains('4.0.7')
return true
