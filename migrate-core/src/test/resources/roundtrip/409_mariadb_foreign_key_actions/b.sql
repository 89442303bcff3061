-- change: deleting a team deletes its members
CREATE TABLE teams (id INT NOT NULL PRIMARY KEY);
CREATE TABLE members (id INT NOT NULL PRIMARY KEY, team_id INT NOT NULL,
    CONSTRAINT members_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE ON UPDATE CASCADE);
