"""Runs Alembic itself, offline (--sql), for the cases AlembicParityTest wrote; nothing here decides anything.

Reads a manifest from the file named by the first argument:
    graph <TAB> <script directory>                         (the cases below it use that graph)
    case  <TAB> <id> <TAB> up|down <TAB> <start rows, comma-separated, empty for none> <TAB> <target>
and writes one line per graph and per case to stdout:
    graph <TAB> <directory> <TAB> <heads, comma-separated> <TAB> <branch point:child+child;...>
    case  <TAB> <id> <TAB> ok <TAB> <warnings> <TAB> <the SQL Alembic wrote>
    case  <TAB> <id> <TAB> error <TAB> <exception type> <TAB> <functions on the stack, innermost last> <TAB> <message>
    done  <TAB> <CPU seconds this process used>
Text fields escape backslash, tab, carriage return and newline as \\\\, \\t, \\r and \\n.

Each case is what `alembic upgrade <start>:<target> --sql` (or downgrade) does with an SQLite URL: the same
EnvironmentContext and the same ScriptDirectory._upgrade_revs/_downgrade_revs as alembic.command, with the
env.py steps (configure, begin_transaction, run_migrations) done here instead of in a file, so that one process
runs thousands of cases.
"""
import io
import sys
import time
import warnings

sys.dont_write_bytecode = True

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"))


def run_case(config, script, direction, start, target):
    buffer = io.StringIO()

    def upgrade(rev, context):
        return script._upgrade_revs(target, rev)

    def downgrade(rev, context):
        return script._downgrade_revs(target, rev)

    starting_rev = tuple(start) if start else None
    with EnvironmentContext(config, script, fn=upgrade if direction == "up" else downgrade, as_sql=True,
                            starting_rev=starting_rev, destination_rev=target) as environment:
        environment.configure(url="sqlite://", output_buffer=buffer)
        with environment.begin_transaction():
            environment.run_migrations()
    return buffer.getvalue()


def describe_graph(directory, script):
    heads = sorted(script.get_heads())
    points = []
    for revision in script.walk_revisions():
        if revision.is_branch_point:
            points.append(revision.revision + ":" + "+".join(sorted(revision.nextrev)))
    return "graph\t%s\t%s\t%s" % (directory, ",".join(heads), ";".join(sorted(points)))


def main():
    config = Config()
    script = None
    out = sys.stdout
    with open(sys.argv[1], encoding="utf-8") as manifest:
        for line in manifest:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "graph":
                script = ScriptDirectory(fields[1])
                out.write(describe_graph(fields[1], script) + "\n")
                continue
            _, case_id, direction, start, target = fields
            rows = [row for row in start.split(",") if row]
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    sql = run_case(config, script, direction, rows, target)
                except Exception as error:  # everything Alembic raises is a result to compare
                    frames = []
                    tb = error.__traceback__
                    while tb is not None:
                        frames.append(tb.tb_frame.f_code.co_name)
                        tb = tb.tb_next
                    out.write("case\t%s\terror\t%s\t%s\t%s\n" % (case_id, type(error).__name__, ">".join(frames),
                                                                escape(str(error))))
                    continue
            said = "; ".join(str(warning.message) for warning in caught)
            out.write("case\t%s\tok\t%s\t%s\n" % (case_id, escape(said), escape(sql)))
    out.write("done\t%.1f\n" % time.process_time())
    out.flush()


if __name__ == "__main__":
    main()
