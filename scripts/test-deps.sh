# Sourced by scripts/test: installs what the test suite needs beyond Java and Maven.
# PostgreSQL comes from the embedded-postgres test library (its binaries ship in the jar), so nothing to install.
true
