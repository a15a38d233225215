"""CPU profile summary of a speedscope file written by dotnet-trace (sampled thread time).

Usage: profile_top.py <file.speedscope.json> [frame filter] [rows]
Prints the share of on-CPU samples per method, inclusive and self, optionally only for stacks through a frame
whose name contains the filter (e.g. NetworkAssessment).
"""
import collections
import json
import sys


def main():
    path = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    doc = json.load(open(path, encoding="utf-8"))
    frames = [f["name"].split("(")[0] for f in doc["shared"]["frames"]]
    inclusive, own = collections.Counter(), collections.Counter()
    total = 0.0
    for profile in doc["profiles"]:
        stack, last = [], None
        for e in profile["events"]:
            if last is not None and stack and frames[stack[-1]] == "CPU_TIME":
                names = [frames[f] for f in stack[:-1]]
                # The finalizer thread waiting on the runtime's lock (DynamicMethod clean-up while the JIT works)
                # is sampled as on-CPU; it is not work of the program.
                if any("RunFinalizers" in n for n in names):
                    names = []
                if names and (only is None or any(only in n for n in names)):
                    dt = e["at"] - last
                    total += dt
                    for n in set(names):
                        inclusive[n] += dt
                    own[names[-1]] += dt
            last = e["at"]
            if e["type"] == "O":
                stack.append(e["frame"])
            else:
                stack.pop()

    def shown(name):
        return name not in ("", "(Non-Activities)", "Threads") and not name.startswith(("Thread", "Process")) \
            and "System.Threading" not in name

    print(f"on-CPU samples: {total / 1000:.2f} s" + (f" (stacks through {only})" if only else ""))
    print("inclusive:")
    for name, t in [kv for kv in inclusive.most_common() if shown(kv[0])][:rows]:
        print(f"  {t / total * 100:5.1f} %  {name[-120:]}")
    print("self:")
    for name, t in own.most_common(rows // 2):
        print(f"  {t / total * 100:5.1f} %  {name[-120:]}")


if __name__ == "__main__":
    main()
