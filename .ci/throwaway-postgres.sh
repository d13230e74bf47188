# A throwaway PostgreSQL server for tests and benchmarks; source this file, then call throwaway_postgres_start.
#
# It runs initdb into a fresh temporary folder, starts the server on a free 127.0.0.1 port (FUELWATCH_PG_PORT to fix
# one) with its unix socket inside that folder, so that several runs on one machine never share a server or a port;
# it creates the role and database "fuelwatch" and exports FUELWATCH_TEST_PG_URL, FUELWATCH_TEST_PG_USER and FUELWATCH_TEST_PG_PASSWORD.
# throwaway_postgres_stop stops the server and deletes the folder; the caller sets the trap.
#
# PostgreSQL refuses to run as root, so under root the server runs as an unprivileged user: FUELWATCH_PG_OS_USER,
# else "postgres" when that user exists, else a system user "fuelwatch" created for the purpose.
# When no PostgreSQL binaries are found, Debian's postgresql package is installed first (as root, or with sudo).

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

# A loopback port nothing listens on: the kernel's pick (bind to port 0) where python3 is at hand, else a random one
# in 20000-59999 that refuses connections. Another run may take it before our server does, so the caller retries.
throwaway_postgres_free_port() {
    local port
    if port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
            2>/dev/null); then
        echo "$port"
        return 0
    fi
    while :; do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
}

throwaway_postgres_start() {
    local bin
    if ! bin=$(throwaway_postgres_bin); then
        local sudo=
        if [ "$(id -u)" -ne 0 ]; then
            if ! sudo -n true 2>/dev/null; then
                echo "no PostgreSQL binaries (initdb, pg_ctl) found, and neither root nor sudo: install PostgreSQL" >&2
                return 1
            fi
            sudo="sudo -n"
        fi
        echo "installing Debian's postgresql package"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
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

    local password port attempt
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

    # superuser "postgres" over the socket without password (the folder is ours); TCP needs a password
    throwaway_postgres_as "$bin/initdb" -D "$THROWAWAY_PG_DIR/data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$THROWAWAY_PG_DIR/initdb.log" 2>&1 \
        || { cat "$THROWAWAY_PG_DIR/initdb.log" >&2; return 1; }
    # a throwaway server: no durability needed, so no fsync. A port taken between the pick and the start (a
    # concurrent run) makes the start fail; then another port is tried.
    for attempt in 1 2 3 4 5; do
        port=${FUELWATCH_PG_PORT:-$(throwaway_postgres_free_port)}
        if throwaway_postgres_as "$bin/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $THROWAWAY_PG_DIR/socket -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" start >/dev/null; then
            break
        fi
        if [ -n "${FUELWATCH_PG_PORT:-}" ] || [ "$attempt" -eq 5 ]; then
            cat "$THROWAWAY_PG_DIR/server.log" >&2
            return 1
        fi
        echo "PostgreSQL could not start on port $port; trying another" >&2
    done
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
