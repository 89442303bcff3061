package dev.migrate.examples.bookshop;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface BookRepository extends JpaRepository<Book, Integer> {

    @EntityGraph(attributePaths = "author")
    List<Book> findAllByOrderByTitle();

    @EntityGraph(attributePaths = "author")
    Optional<Book> findBySlug(String slug);
}
