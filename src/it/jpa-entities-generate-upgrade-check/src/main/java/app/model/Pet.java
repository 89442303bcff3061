package app.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "ix_pet_name", columnList = "name"))
public class Pet {
    @Id
    private Long id;

    private String name;

    @ManyToOne(optional = false)
    private Owner owner;
}
