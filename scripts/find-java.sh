# shellcheck shell=bash
#
# Picks a JDK 21 or newer and exports JAVA_HOME and PATH.
# Sourced (not executed) by .ci/run and ./concord; safe under `set -euo pipefail`.
#
#   1. $JAVA_HOME, if it is a JDK whose `java -version` major is >= 21;
#   2. else the newest JDK >= 21 found under the search dirs
#      (default: /usr/lib/jvm/*, /Library/Java/JavaVirtualMachines/*/Contents/Home,
#      then the `java` on PATH);
#   3. else prints why to stderr and exits 2.
#
# Overrides:
#   CONCORD_MIN_JAVA   minimum major version (default 21)
#   CONCORD_JVM_DIRS   colon-separated dirs to search instead of the defaults; each
#                      entry may be a JDK home itself or a folder of JDK homes.
#                      Setting it also stops the PATH fallback.

# Prints the major version of the JDK at $1 (e.g. 25, 21, 17, 8), or nothing
# if $1 is not a JDK (needs bin/java and bin/javac) or `java -version` fails.
concord_java_major() {
  local home=$1 line="" ver="" major
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  # The JDK's release file says it without starting a JVM (which costs ./concord ~60 ms a run).
  if [[ -f "$home/release" ]]; then
    ver=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" 2>/dev/null || true)
  fi
  if [[ -z "${ver:-}" ]]; then
    # JAVA_TOOL_OPTIONS / _JAVA_OPTIONS may add "Picked up ..." lines: take the version line.
    line=$("$home/bin/java" -version 2>&1 | grep -m1 ' version "' || true)
    ver=${line#*version \"}
    ver=${ver%%\"*}
    [[ -n "$ver" && "$ver" != "$line" ]] || return 0
  fi
  major=${ver%%[.+-]*}
  if [[ "$major" == 1 ]]; then # 1.8.0_402 -> 8
    major=${ver#1.}
    major=${major%%[._+-]*}
  fi
  [[ "$major" =~ ^[0-9]+$ ]] && printf '%s\n' "$major"
  return 0
}

concord_find_java() {
  local min=${CONCORD_MIN_JAVA:-21}
  local major best="" best_major=0 cand dir javabin
  local -a dirs cands=()

  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(concord_java_major "$JAVA_HOME")
    if [[ -n "$major" ]] && (( major >= min )); then
      export JAVA_HOME
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi

  if [[ -n "${CONCORD_JVM_DIRS:-}" ]]; then
    IFS=: read -r -a dirs <<<"$CONCORD_JVM_DIRS"
  else
    dirs=(/usr/lib/jvm /Library/Java/JavaVirtualMachines)
  fi
  for dir in ${dirs[@]+"${dirs[@]}"}; do
    [[ -n "$dir" && -d "$dir" ]] || continue
    cands+=("$dir")
    for cand in "$dir"/*/ "$dir"/*/Contents/Home/; do
      [[ -d "$cand" ]] && cands+=("${cand%/}")
    done
  done
  if [[ -z "${CONCORD_JVM_DIRS:-}" ]] && javabin=$(command -v java 2>/dev/null); then
    javabin=$(readlink -f "$javabin" 2>/dev/null || printf '%s' "$javabin")
    cands+=("${javabin%/bin/java}")
  fi

  for cand in ${cands[@]+"${cands[@]}"}; do
    major=$(concord_java_major "$cand")
    [[ -n "$major" ]] || continue
    if (( major >= min && major > best_major )); then
      best=$cand
      best_major=$major
    fi
  done

  if [[ -z "$best" ]]; then
    local searched="" what
    for dir in ${dirs[@]+"${dirs[@]}"}; do
      searched+="${searched:+, }$dir"
    done
    [[ -z "${CONCORD_JVM_DIRS:-}" ]] && searched+=", PATH"
    if [[ -n "${JAVA_HOME:-}" ]]; then
      major=$(concord_java_major "$JAVA_HOME")
      if [[ -n "$major" ]]; then what=" is Java $major"; else what=" is not a JDK"; fi
      printf 'concord: no JDK %s or newer found (JAVA_HOME=%s%s, searched %s); install one and set JAVA_HOME\n' \
        "$min" "$JAVA_HOME" "$what" "$searched" >&2
    else
      printf 'concord: no JDK %s or newer found (JAVA_HOME unset, searched %s); install one and set JAVA_HOME\n' \
        "$min" "$searched" >&2
    fi
    exit 2
  fi

  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

concord_find_java
