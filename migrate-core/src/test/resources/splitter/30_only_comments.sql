-- options: postgresql
-- nothing to run here; just ' comments "
/* and a block; comment */

