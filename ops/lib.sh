# Shared by ops/backup and ops/restore: the database connection from the application's own
# variables (POSTGRESQL_URL, POSTGRESQL_USER, POSTGRESQL_PASSWORD), as libpq wants it.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# jdbc:postgresql://host:port/db?ApplicationName=x -> postgresql://host:port/db (JDBC parameters
# are not libpq's, so they are dropped; user and password travel in PGUSER / PGPASSWORD)
libpq_url() {
  local jdbc="$1"
  [[ "$jdbc" == jdbc:postgresql://* ]] || die "not a PostgreSQL JDBC URL: $jdbc"
  local url="${jdbc#jdbc:}"
  echo "${url%%\?*}"
}

database_name() {
  local url
  url="$(libpq_url "$1")"
  echo "${url##*/}"
}

use_credentials() {
  export PGUSER="${POSTGRESQL_USER:-parindex}"
  export PGPASSWORD="${POSTGRESQL_PASSWORD:-parindex}"
}

# evidence files are named by their SHA-256; anything else there (a temporary upload) is not one
is_evidence_name() {
  [[ "$1" =~ ^[0-9a-f]{64}$ ]]
}
