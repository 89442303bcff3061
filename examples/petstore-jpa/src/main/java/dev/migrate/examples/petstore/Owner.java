package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(indexes = @Index(name = "ix_owner_last_name", columnList = "lastName"))
public class Owner {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 60)
    private String firstName;

    @Column(nullable = false, length = 60)
    private String lastName;

    @Embedded
    private Address address;

    @Version
    private Integer version;

    protected Owner() {
    }

    public Owner(String firstName, String lastName, Address address) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }
}
