package dev.migrate.examples.bookshop;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** {@code GET /books} and {@code GET /books/{slug}}: the catalogue, read through the JPA entities. */
@RestController
public class CatalogueController {

    private final BookRepository books;

    public CatalogueController(BookRepository books) {
        this.books = books;
    }

    public record BookView(String slug, String title, String author, int priceCents) {

        static BookView of(Book book) {
            return new BookView(book.getSlug(), book.getTitle(), book.getAuthor().getName(), book.getPriceCents());
        }
    }

    @GetMapping("/books")
    public List<BookView> books() {
        return books.findAllByOrderByTitle().stream().map(BookView::of).toList();
    }

    @GetMapping("/books/{slug}")
    public BookView book(@PathVariable String slug) {
        return books.findBySlug(slug).map(BookView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + slug));
    }
}
