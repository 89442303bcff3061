-- dialects: postgresql

