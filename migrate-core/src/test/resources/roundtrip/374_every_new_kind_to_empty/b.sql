-- change: everything of 373 goes

