# A throwaway PostgreSQL server for tests and benchmarks; source this file, then call throwaway_postgres_start.
#
# It runs initdb into a fresh temporary folder, starts the server on 127.0.0.1 (port FUELWATCH_PG_PORT, default
# 55432, or the next free one) with its unix socket inside that folder, creates the role and database "fuelwatch",
# and exports FUELWATCH_TEST_PG_URL, FUELWATCH_TEST_PG_USER and FUELWATCH_TEST_PG_PASSWORD.
# throwaway_postgres_stop stops the server and deletes the folder; the caller sets the trap.
#
# PostgreSQL refuses to run as root, so under root the server runs as an unprivileged user: FUELWATCH_PG_OS_USER,
# else "postgres" when that user exists, else a system user "fuelwatch" created for the purpose.
# When no PostgreSQL binaries are found and we are root, Debian's postgresql package is installed first.

throwaway_postgres_bin() {
    local dir candidates=
    if command -v initdb >/dev/null 2>&1; then
        candidates=$(dirname "$(readlink -f "$(command -v initdb)")")
    fi
    for dir in $candidates $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

throwaway_postgres_as() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$THROWAWAY_PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

throwaway_postgres_free_port() {
    local port=$1
    # a port is taken when something accepts a connection on it
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

throwaway_postgres_start() {
    local bin
    if ! bin=$(throwaway_postgres_bin); then
        if [ "$(id -u)" -ne 0 ]; then
            echo "no PostgreSQL binaries (initdb, pg_ctl) found and not root: install PostgreSQL" >&2
            return 1
        fi
        echo "installing Debian's postgresql package"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin=$(throwaway_postgres_bin) || { echo "PostgreSQL installed but initdb not found" >&2; return 1; }
    fi

    if [ "$(id -u)" -eq 0 ]; then
        if [ -n "${FUELWATCH_PG_OS_USER:-}" ]; then
            THROWAWAY_PG_OS_USER=$FUELWATCH_PG_OS_USER
        elif id postgres >/dev/null 2>&1; then
            THROWAWAY_PG_OS_USER=postgres
        else
            THROWAWAY_PG_OS_USER=fuelwatch
        fi
        if ! id "$THROWAWAY_PG_OS_USER" >/dev/null 2>&1; then
            echo "creating system user $THROWAWAY_PG_OS_USER to run PostgreSQL (initdb refuses root)"
            useradd --system --no-create-home --shell /usr/sbin/nologin "$THROWAWAY_PG_OS_USER"
        fi
    else
        THROWAWAY_PG_OS_USER=$(id -un)
    fi

    THROWAWAY_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/fuelwatch-pg.XXXXXX")
    chmod 755 "$THROWAWAY_PG_DIR"
    mkdir -p "$THROWAWAY_PG_DIR/data" "$THROWAWAY_PG_DIR/socket"
    chown -R "$THROWAWAY_PG_OS_USER" "$THROWAWAY_PG_DIR"

    local password port
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    port=$(throwaway_postgres_free_port "${FUELWATCH_PG_PORT:-55432}")

    # superuser "postgres" over the socket without password (the folder is ours); TCP needs a password
    throwaway_postgres_as "$bin/initdb" -D "$THROWAWAY_PG_DIR/data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$THROWAWAY_PG_DIR/initdb.log" 2>&1 \
        || { cat "$THROWAWAY_PG_DIR/initdb.log" >&2; return 1; }
    # a throwaway server: no durability needed, so no fsync
    throwaway_postgres_as "$bin/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $THROWAWAY_PG_DIR/socket -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" start >/dev/null \
        || { cat "$THROWAWAY_PG_DIR/server.log" >&2; return 1; }
    THROWAWAY_PG_BIN=$bin

    throwaway_postgres_as "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$THROWAWAY_PG_DIR/socket" -p "$port" -U postgres \
        -d postgres -c "CREATE ROLE fuelwatch LOGIN PASSWORD '$password'" -c "CREATE DATABASE fuelwatch OWNER fuelwatch" \
        >/dev/null

    export FUELWATCH_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/fuelwatch"
    export FUELWATCH_TEST_PG_USER=fuelwatch
    export FUELWATCH_TEST_PG_PASSWORD=$password
    echo "throwaway PostgreSQL on 127.0.0.1:$port (data in $THROWAWAY_PG_DIR, run as $THROWAWAY_PG_OS_USER)"
}

throwaway_postgres_stop() {
    if [ -n "${THROWAWAY_PG_DIR:-}" ] && [ -d "$THROWAWAY_PG_DIR" ]; then
        if [ -n "${THROWAWAY_PG_BIN:-}" ] && [ -f "$THROWAWAY_PG_DIR/data/postmaster.pid" ]; then
            throwaway_postgres_as "$THROWAWAY_PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate -w stop \
                >/dev/null 2>&1 || true
        fi
        rm -rf "$THROWAWAY_PG_DIR"
    fi
    THROWAWAY_PG_DIR=
}
