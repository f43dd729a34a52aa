@echo off
rem Starts Dolbom on Windows with an installed JDK 25 (no JAVA_HOME needed), building the jar first when it is
rem missing. Arguments go to Dolbom: dolbom.cmd --demo, dolbom.cmd search NAME, dolbom.cmd build.
setlocal
chcp 65001 >nul
set "ROOT=%~dp0"
set "JDK="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javac.exe" findstr /c:"JAVA_VERSION=\"25" "%JAVA_HOME%\release" >nul 2>&1 && set "JDK=%JAVA_HOME%"
if not defined JDK for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*" "%ProgramFiles%\Zulu\zulu-25*") do if exist "%%~D\bin\javac.exe" set "JDK=%%~D"
if not defined JDK (
    echo 돌봄에는 JDK 25가 필요합니다. JDK 25를 설치하거나 JAVA_HOME을 그 폴더로 지정하세요. 1>&2
    echo Dolbom needs JDK 25. Install one, or point JAVA_HOME at it. 1>&2
    exit /b 1
)
set "JAVA_HOME=%JDK%"
if "%~1"=="build" goto build
if not exist "%ROOT%target\dolbom.jar" goto build
goto run
:build
echo 돌봄을 빌드합니다. 처음에는 몇 분 걸립니다... (Building Dolbom...) 1>&2
pushd "%ROOT%"
call mvnw.cmd -q -B -ntp package -DskipTests
set "BUILT=%ERRORLEVEL%"
popd
if not "%BUILT%"=="0" exit /b %BUILT%
if "%~1"=="build" exit /b 0
:run
"%JAVA_HOME%\bin\java.exe" -jar "%ROOT%target\dolbom.jar" %*
exit /b %ERRORLEVEL%
