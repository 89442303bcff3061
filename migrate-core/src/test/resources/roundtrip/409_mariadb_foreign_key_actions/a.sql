-- dialects: mariadb
CREATE TABLE teams (id INT NOT NULL PRIMARY KEY);
CREATE TABLE members (id INT NOT NULL PRIMARY KEY, team_id INT NOT NULL,
    CONSTRAINT members_team FOREIGN KEY (team_id) REFERENCES teams (id));
