#!/usr/bin/env python3
"""Writes the entity corpus: pairs of entity models (A, B) under src/test/java/dev/migrate/jpa/corpus/<pair>/{a,b}.

Each pair is one change a team makes to its entities. Run it after editing PAIRS; the Java files are committed.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', 'java', 'dev', 'migrate', 'jpa', 'corpus')

HEADER = """package dev.migrate.jpa.corpus.{pair}.{side};

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

"""

CUSTOMER = "@Entity public class Customer { @Id private Long id; @Column(length = 80) private String name; }"
CUSTOMER_B = "@Entity public class Customer { @Id private Long id; @Column(length = 80) private String name; %s }"

PAIRS = {
    'p01_add_column': ({'Customer': CUSTOMER}, {'Customer': CUSTOMER_B % 'private String email;'}),
    'p02_drop_column': ({'Customer': CUSTOMER_B % 'private String email;'}, {'Customer': CUSTOMER}),
    'p03_widen_varchar': ({'Customer': CUSTOMER},
                          {'Customer': "@Entity public class Customer { @Id private Long id; @Column(length = 200) private String name; }"}),
    'p04_not_null': ({'Customer': CUSTOMER},
                     {'Customer': "@Entity public class Customer { @Id private Long id; @Column(length = 80, nullable = false) private String name; }"}),
    'p05_add_index': ({'Customer': CUSTOMER},
                      {'Customer': '@Entity @Table(indexes = @Index(name = "ix_customer_name", columnList = "name")) ' + CUSTOMER[len('@Entity '):]}),
    'p06_unique_constraint': ({'Customer': CUSTOMER},
                              {'Customer': '@Entity @Table(uniqueConstraints = @UniqueConstraint(name = "uk_customer_name", columnNames = "name")) ' + CUSTOMER[len('@Entity '):]}),
    'p07_add_entity': ({'Customer': CUSTOMER},
                       {'Customer': CUSTOMER, 'Product': "@Entity public class Product { @Id private Long id; private String title; }"}),
    'p08_drop_entity': ({'Customer': CUSTOMER, 'Product': "@Entity public class Product { @Id private Long id; private String title; }"},
                        {'Customer': CUSTOMER}),
    'p09_add_many_to_one': ({'Customer': CUSTOMER, 'Orders': "@Entity public class Orders { @Id private Long id; }"},
                            {'Customer': CUSTOMER, 'Orders': "@Entity public class Orders { @Id private Long id; @ManyToOne private Customer customer; }"}),
    'p10_drop_many_to_one': ({'Customer': CUSTOMER, 'Orders': "@Entity public class Orders { @Id private Long id; @ManyToOne private Customer customer; }"},
                             {'Customer': CUSTOMER, 'Orders': "@Entity public class Orders { @Id private Long id; }"}),
    'p11_enum_string_value_added': (
        {'Ticket': "@Entity public class Ticket { public enum State { OPEN, CLOSED } @Id private Long id; @Enumerated(EnumType.STRING) private State state; }"},
        {'Ticket': "@Entity public class Ticket { public enum State { OPEN, WAITING, CLOSED } @Id private Long id; @Enumerated(EnumType.STRING) private State state; }"}),
    'p12_enum_ordinal_to_string': (
        {'Ticket': "@Entity public class Ticket { public enum State { OPEN, CLOSED } @Id private Long id; @Enumerated(EnumType.ORDINAL) private State state; }"},
        {'Ticket': "@Entity public class Ticket { public enum State { OPEN, CLOSED } @Id private Long id; @Enumerated(EnumType.STRING) @Column(length = 10) private State state; }"}),
    'p13_element_collection': ({'Customer': CUSTOMER},
                               {'Customer': CUSTOMER_B % '@ElementCollection @CollectionTable(name = "customer_phone") private Set<String> phones;'}),
    'p14_many_to_many': ({'Customer': CUSTOMER, 'Label': "@Entity public class Label { @Id private Long id; }"},
                         {'Customer': CUSTOMER_B % '@ManyToMany private Set<Label> labels;', 'Label': "@Entity public class Label { @Id private Long id; }"}),
    'p15_embedded': ({'Customer': CUSTOMER},
                     {'Customer': CUSTOMER_B % '@Embedded private Address address;',
                      'Address': "@Embeddable public class Address { private String street; @Column(length = 10) private String zip; }"}),
    'p16_version_column': ({'Customer': CUSTOMER}, {'Customer': CUSTOMER_B % '@Version private Long version;'}),
    'p17_sequence_generator': ({'Customer': CUSTOMER},
                               {'Customer': "@Entity public class Customer { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(length = 80) private String name; }"}),
    'p18_sequence_allocation_size': (
        {'Customer': "@Entity public class Customer { @Id @GeneratedValue(generator = \"cust\") @SequenceGenerator(name = \"cust\", sequenceName = \"cust_seq\") private Long id; }"},
        {'Customer': "@Entity public class Customer { @Id @GeneratedValue(generator = \"cust\") @SequenceGenerator(name = \"cust\", sequenceName = \"cust_seq\", allocationSize = 20) private Long id; }"}),
    'p19_identity': ({'Customer': CUSTOMER},
                     {'Customer': "@Entity public class Customer { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(length = 80) private String name; }"}),
    'p20_table_renamed': ({'Customer': CUSTOMER}, {'Customer': '@Entity @Table(name = "client") ' + CUSTOMER[len('@Entity '):]}),
    'p21_single_table_subclass': (
        {'Animal': "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) public class Animal { @Id private Long id; }"},
        {'Animal': "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) public class Animal { @Id private Long id; }",
         'Horse': "@Entity public class Horse extends Animal { private Integer height; }"}),
    'p22_joined_subclass': (
        {'Account': "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Account { @Id private Long id; }"},
        {'Account': "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Account { @Id private Long id; }",
         'Savings': "@Entity public class Savings extends Account { private BigDecimal rate; }"}),
    'p23_table_per_class': (
        {'Shape': "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Shape { @Id private Long id; }",
         'Circle': "@Entity public class Circle extends Shape { private Double radius; }"},
        {'Shape': "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Shape { @Id private Long id; private String color; }",
         'Circle': "@Entity public class Circle extends Shape { private Double radius; }",
         'Square': "@Entity public class Square extends Shape { private Double side; }"}),
    'p24_precision_scale': (
        {'Price': "@Entity public class Price { @Id private Long id; @Column(precision = 10, scale = 2) private BigDecimal amount; }"},
        {'Price': "@Entity public class Price { @Id private Long id; @Column(precision = 14, scale = 4) private BigDecimal amount; }"}),
    'p25_column_definition': ({'Customer': CUSTOMER},
                              {'Customer': CUSTOMER_B % '@Column(columnDefinition = "varchar(20) default \'new\' not null") private String status;'}),
    'p26_check_constraint': ({'Price': "@Entity public class Price { @Id private Long id; private Integer cents; }"},
                             {'Price': "@Entity @org.hibernate.annotations.Check(constraints = \"cents >= 0\") public class Price { @Id private Long id; private Integer cents; }"}),
    'p27_comment': ({'Customer': CUSTOMER},
                    {'Customer': "@Entity public class Customer { @Id private Long id; @Column(length = 80) @org.hibernate.annotations.Comment(\"display name\") private String name; }"}),
    'p28_integer_to_long': ({'Counter': "@Entity public class Counter { @Id private Long id; private Integer hits; }"},
                            {'Counter': "@Entity public class Counter { @Id private Long id; private Long hits; }"}),
    'p29_lob': ({'Note': "@Entity public class Note { @Id private Long id; }"},
                {'Note': "@Entity public class Note { @Id private Long id; @Lob private String text; @Lob private byte[] attachment; }"}),
    'p30_table_generator': ({'Note': "@Entity public class Note { @Id private Long id; }"},
                            {'Note': "@Entity public class Note { @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id; }"}),
    'p31_uuid_and_times': ({'Event': "@Entity public class Event { @Id private Long id; }"},
                           {'Event': "@Entity public class Event { @Id private Long id; private UUID reference; private Instant at; private LocalDate onDay; private boolean done; }"}),
    'p32_one_to_one_join_column': (
        {'Person': "@Entity public class Person { @Id private Long id; }", 'Passport': "@Entity public class Passport { @Id private Long id; }"},
        {'Person': "@Entity public class Person { @Id private Long id; @OneToOne @JoinColumn(name = \"passport_ref\", unique = true) private Passport passport; }",
         'Passport': "@Entity public class Passport { @Id private Long id; }"}),
}


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    for pair, sides in PAIRS.items():
        for side, classes in zip(('a', 'b'), sides):
            directory = os.path.join(ROOT, pair, side)
            os.makedirs(directory)
            for name, body in classes.items():
                with open(os.path.join(directory, name + '.java'), 'w') as out:
                    out.write(HEADER.format(pair=pair, side=side) + body + '\n')


main()
