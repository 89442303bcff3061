package dev.migrate.examples.petstore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on an empty database: migrate applies the revisions generated from the entities, and
 * Hibernate's validation (ddl-auto=validate) accepts the schema; the repositories work on it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:petstore_test;DB_CLOSE_DELAY=-1")
class StartMigratesTest {

    @Autowired
    OwnerRepository owners;

    @Autowired
    PetRepository pets;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theGeneratedSchemaServesTheEntities() {
        Owner owner = owners.save(new Owner("Ada", "Lovelace", new Address("12 St James's Square", "London")));
        pets.save(new Pet("Pixel", Pet.Species.CAT, LocalDate.of(2020, 5, 1), owner));

        assertThat(owners.findByLastName("Lovelace")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pet WHERE owner_id = ?", Integer.class, owner.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM migrate_version", Integer.class)).isEqualTo(1);
    }
}
