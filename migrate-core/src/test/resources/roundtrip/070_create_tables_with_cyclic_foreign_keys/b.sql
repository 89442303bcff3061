-- change: two new tables that reference each other (one key must be added after both tables exist)
CREATE TABLE departments (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    manager_id INT
);

CREATE TABLE employees (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    department_id INT NOT NULL,
    CONSTRAINT employees_department_fk FOREIGN KEY (department_id) REFERENCES departments (id)
);

ALTER TABLE departments ADD CONSTRAINT departments_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (id);
