package dev.migrate.maven;

import dev.migrate.connect.ConnectionSettings;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Where the connection comes from, highest first: -D, MIGRATE_*, DATABASE_URL, the POM, settings.xml, the embedded
 * default. The POM of these tests sets url, user and password.
 */
@ExtendWith(GoalTestExtension.class)
class ConnectionPrecedenceTest {

    private static final String POM = "classpath:/unit/pom.xml";

    @TempDir
    Path temp;

    private final Properties commandLine = new Properties();
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void clearSecurityLocation() {
        System.clearProperty("settings.security");
    }

    @AfterEach
    void restoreSecurityLocation() {
        System.clearProperty("settings.security");
    }

    private <T extends AbstractDatabaseMojo> T prepared(T mojo) {
        MavenSession session = mock(MavenSession.class);
        when(session.getUserProperties()).thenReturn(commandLine);
        mojo.session = session;
        mojo.environment = environment;
        mojo.buildDirectory = temp.resolve("target").toFile();
        mojo.basedir = temp.toFile();
        return mojo;
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void thePomIsUsedWhenNothingOverridesIt(StatusMojo mojo) throws Exception {
        ConnectionSettings settings = prepared(mojo).resolveConnection();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:mem:from_pom");
        assertThat(settings.user()).isEqualTo("pom_user");
        assertThat(settings.password()).isEqualTo("pom-password-123");
        assertThat(settings.describeSources())
                .isEqualTo("url from POM configuration, user from POM configuration, password from POM configuration");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void databaseUrlBeatsThePomAndBringsItsCredentials(StatusMojo mojo) throws Exception {
        environment.put("DATABASE_URL", "postgres://env_user:env%40pass@db.example:6543/shop?sslmode=require");

        ConnectionSettings settings = prepared(mojo).resolveConnection();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require");
        assertThat(settings.user()).isEqualTo("env_user");
        assertThat(settings.password()).isEqualTo("env@pass");
        assertThat(settings.urlSource()).isEqualTo("environment DATABASE_URL");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void migrateEnvironmentBeatsDatabaseUrl(StatusMojo mojo) throws Exception {
        environment.put("DATABASE_URL", "postgres://a:b@elsewhere/db");
        environment.put("MIGRATE_URL", "jdbc:postgresql://primary/db");
        environment.put("MIGRATE_PASSWORD", "from-env-pw");

        ConnectionSettings settings = prepared(mojo).resolveConnection();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://primary/db");
        assertThat(settings.password()).isEqualTo("from-env-pw");
        assertThat(settings.passwordSource()).isEqualTo("environment MIGRATE_*");
        assertThat(settings.user()).as("DATABASE_URL's user still beats the POM's").isEqualTo("a");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void commandLineBeatsEverything(StatusMojo mojo) throws Exception {
        environment.put("MIGRATE_URL", "jdbc:postgresql://primary/db");
        environment.put("MIGRATE_USER", "env_user");
        commandLine.setProperty("migrate.url", "jdbc:h2:mem:from_cli");
        commandLine.setProperty("migrate.user", "cli_user");

        ConnectionSettings settings = prepared(mojo).resolveConnection();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:mem:from_cli");
        assertThat(settings.user()).isEqualTo("cli_user");
        assertThat(settings.urlSource()).isEqualTo("-Dmigrate.* on the command line");
        assertThat(settings.password()).as("nothing higher sets it").isEqualTo("pom-password-123");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void settingsServerFillsWhatThePomLeavesOpen(StatusMojo mojo) throws Exception {
        ConnectionSettings settings = withServer(mojo, "plain-server-pw").resolveConnection();

        assertThat(settings.user()).isEqualTo("server_user");
        assertThat(settings.password()).isEqualTo("plain-server-pw");
        assertThat(settings.userSource()).isEqualTo("settings.xml server 'db'");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void settingsServerPasswordsAreDecrypted(StatusMojo mojo) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = temp.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate("master-secret", "settings.security") + "</master></settingsSecurity>");
        System.setProperty("settings.security", security.toString());
        String encrypted = cipher.encryptAndDecorate("decrypted-pw", "master-secret");

        assertThat(withServer(mojo, encrypted).resolveConnection().password()).isEqualTo("decrypted-pw");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void anUnknownServerIdIsAnError(StatusMojo mojo) {
        prepared(mojo);
        mojo.serverId = "missing";
        mojo.settings = new Settings();

        assertThatThrownBy(mojo::resolveConnection)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("migrate.serverId = 'missing', but settings.xml has no <server> with that id");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void theEmbeddedDefaultIsUsedWhenNoUrlIsSetAnywhere(StatusMojo mojo) throws Exception {
        prepared(mojo);
        mojo.url = null;

        ConnectionSettings settings = mojo.resolveConnection();

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:file:" + new File(temp.toFile(), "target/migrate/db").getAbsolutePath());
        assertThat(settings.describeSources()).contains("embedded default");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void anUnknownUrlKindIsOneClearError(StatusMojo mojo) {
        prepared(mojo);
        commandLine.setProperty("migrate.url", "oracle://root:topsecret@localhost/db");

        assertThatThrownBy(mojo::resolveConnection)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dmigrate.* on the command line = oracle://root:****@localhost/db is not a database URL")
                .hasMessageNotContaining("topsecret");
    }

    /** The POM's user and password removed, and a settings.xml server "db" with this password. */
    private StatusMojo withServer(StatusMojo mojo, String password) {
        prepared(mojo);
        mojo.user = null;
        mojo.password = null;
        mojo.serverId = "db";
        Server server = new Server();
        server.setId("db");
        server.setUsername("server_user");
        server.setPassword(password);
        mojo.settings = new Settings();
        mojo.settings.addServer(server);
        return mojo;
    }
}
