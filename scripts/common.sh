# Shared by scripts/run and scripts/test: paths and the configure/build step.
# shellcheck shell=bash
WEDSYNC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WEDSYNC_JOBS=${WEDSYNC_JOBS:-$(nproc 2>/dev/null || echo 2)}

# wedsync_build DIR CMAKE_ARGS... : configure once (reusing DIR afterwards) and build.
wedsync_build() {
  local dir=$1; shift
  # ccache makes rebuilds in fresh clones cheap: paths below the checkout are hashed
  # relative to it, so a clone in another folder (as CI makes) reuses the same objects.
  if command -v ccache >/dev/null 2>&1; then
    set -- "$@" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR=$WEDSYNC_ROOT CCACHE_NOHASHDIR=1
    export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
  fi
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$WEDSYNC_ROOT" -B "$dir" -G Ninja "$@"
  else
    # Re-apply the options so a changed script takes effect; cheap when nothing changed.
    cmake -S "$WEDSYNC_ROOT" -B "$dir" "$@" >/dev/null
  fi
  # WEDSYNC_BUILD_TARGET: one target and what it needs instead of everything.
  cmake --build "$dir" --parallel "$WEDSYNC_JOBS" ${WEDSYNC_BUILD_TARGET:+--target "$WEDSYNC_BUILD_TARGET"}
}
