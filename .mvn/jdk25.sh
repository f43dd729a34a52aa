# Finds an installed JDK 25 (or newer), so nobody has to export JAVA_HOME first. POSIX sh, to be sourced; the one
# place ./dolbom, ./mvnw, .ci/run and packaging/package.sh look for Java, and set up a UTF-8 locale.

# The feature release of the JDK at $1 (25 for 25.0.1), from its release file or else from java -version; 0 if unknown.
dolbom_jdk_feature() {
    dolbom_v=
    if [ -f "$1/release" ]; then
        dolbom_v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    fi
    if [ -z "$dolbom_v" ] && [ -x "$1/bin/java" ]; then
        dolbom_v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p')
    fi
    echo "${dolbom_v:-0}"
}

# True when $1 is a JDK (java and javac) of release 25 or newer.
dolbom_is_jdk25() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(dolbom_jdk_feature "$1")" -ge 25 ]
}

# Prints the home of a JDK 25: JAVA_HOME if it is one, then the java on PATH, then the usual install folders.
find_jdk25() {
    dolbom_noglob=
    case $- in *f*) dolbom_noglob=1; set +f ;; esac
    dolbom_on_path=
    if command -v java >/dev/null 2>&1; then
        dolbom_java=$(command -v java)
        dolbom_java=$(readlink -f "$dolbom_java" 2>/dev/null || echo "$dolbom_java")
        dolbom_on_path=$(dirname "$(dirname "$dolbom_java")")
    fi
    dolbom_found=
    for dolbom_home in "${JAVA_HOME:-}" "$dolbom_on_path" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* \
        /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
        "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        if dolbom_is_jdk25 "$dolbom_home"; then
            dolbom_found=$dolbom_home
            break
        fi
    done
    [ -z "$dolbom_noglob" ] || set -f
    [ -n "$dolbom_found" ] && echo "$dolbom_found"
}

# For ./mvnw: keep a JAVA_HOME that is a JDK 25, else use an installed one. With none, JAVA_HOME stays as it was
# and the build stops at once with a message saying which JDK it needs.
use_jdk25_for_maven() {
    if [ -n "${JAVA_HOME:-}" ] && dolbom_is_jdk25 "$JAVA_HOME"; then
        return 0
    fi
    if dolbom_jdk=$(find_jdk25); then
        JAVA_HOME=$dolbom_jdk
        export JAVA_HOME
    fi
    return 0
}

# Hangul file names and messages need a UTF-8 locale, which a bare shell (env -i, cron, some CI runners) lacks:
# Java would then refuse a file named 주간.pdf and print Korean as question marks.
use_utf8_locale() {
    case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
        ''|C|POSIX)
            if [ "$(uname)" = Linux ]; then
                LC_ALL=C.UTF-8
                export LC_ALL
            fi ;;
    esac
}
