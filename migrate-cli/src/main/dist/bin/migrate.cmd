@echo off
rem Runs the migrate command line: migrate --help, migrate upgrade, migrate current, ...
rem Java 17 or later: %JAVA_HOME%\bin\java, else java on the PATH. JAVA_OPTS adds JVM options (they win over ours).
setlocal
set "MIGRATE_HOME=%~dp0.."
if defined JAVA_HOME (
    set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA=java"
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%MIGRATE_HOME%\lib\migrate-cli.jar" %*
exit /b %ERRORLEVEL%
