#!/usr/bin/env bash
# Builds a self-contained Dolbom for this OS with jpackage: an app image, or a .deb with --deb.
# Needs an installed JDK 25 (found as ./mvnw finds it) and, for --deb, the fakeroot and dpkg-dev packages.
set -euo pipefail
cd "$(dirname "$0")/.."

type=app-image
[ "${1:-}" = "--deb" ] && type=deb
. .mvn/jdk25.sh
JAVA_HOME=$(find_jdk25) || { echo "JDK 25 not found: install one or point JAVA_HOME at it" >&2; exit 1; }
export JAVA_HOME

./mvnw -q -B package -DskipTests

work=target/jpackage
rm -rf "$work" && mkdir -p "$work/input" "$work/modules"
cp target/dolbom.jar "$work/input/"
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$work/modules/" ;;
        javafx-*) ;;  # the plain javafx jars are empty modules
        *) cp "$jar" "$work/input/" ;;
    esac
done

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -n 1)
"$JAVA_HOME/bin/jpackage" \
    --type "$type" \
    --name Dolbom \
    --app-version "$version" \
    --vendor "Dolbom" \
    --description "돌봄: 읍면동 찾아가는 보건복지팀 사례관리" \
    --input "$work/input" \
    --main-jar dolbom.jar \
    --main-class org.dolbom.Launcher \
    --module-path "$work/modules" \
    --add-modules javafx.controls,java.sql,java.logging,java.desktop,java.xml,java.naming,jdk.unsupported,jdk.crypto.ec \
    --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=zip-9" \
    --dest target/dist
echo "built into target/dist"
