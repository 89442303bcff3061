-- change: a function goes

