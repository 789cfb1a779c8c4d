"""Build hook: compile the safeguard's n-gram kernel (`sekisho/safeguards/_ngram.c`).

The kernel needs only Python's headers and a C compiler (`CC`, `CFLAGS` and `LDFLAGS` are
honoured; Linux and other ELF platforms). Without them the package still builds and works:
`sekisho.safeguards.features` then runs its numpy code, which gives the same features at two to
three times the cost per short request, and logs `safeguard_kernel_missing`. Set
SEKISHO_REQUIRE_KERNEL=1 to make a failed compile (or a compiler warning) fail the build instead;
CI does, so a broken kernel cannot pass unseen.

An editable install compiles next to the source (where it is imported from); a wheel compiles
into a temporary folder and carries the module from there, leaving the source tree alone.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("sekisho/safeguards/_ngram.c")


def compile_kernel(source: Path, folder: Path, strict: bool) -> Path:
    """Compile the kernel into `folder`; returns the module's path."""
    target = folder / ("_ngram" + str(sysconfig.get_config_var("EXT_SUFFIX")))
    target.unlink(missing_ok=True)  # a failed compile must not leave an older build behind
    cc = shlex.split(os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc"))
    flags = shlex.split(os.environ.get("CFLAGS", "")) + shlex.split(os.environ.get("LDFLAGS", ""))
    include = sysconfig.get_paths()["include"]
    # The module knows which source it was built from, so a stale build is never used.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    command = [*cc, "-O2", "-fPIC", "-shared", "-Wall", "-Wextra", *(["-Werror"] if strict else []),
               *flags, f"-I{include}", f'-DKERNEL_SOURCE="{digest}"', str(source), "-o", str(target), "-lm"]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return target


class KernelBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # an sdist ships the source; its wheel build compiles it
        source = Path(self.root) / SOURCE
        strict = os.environ.get("SEKISHO_REQUIRE_KERNEL") == "1"
        editable = version == "editable"
        folder = source.parent if editable else Path(tempfile.mkdtemp(prefix="sekisho-kernel-"))
        try:
            target = compile_kernel(source, folder, strict)
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            if strict:
                raise RuntimeError(f"compiling {SOURCE} failed:\n{detail}") from exc
            print(f"sekisho: {SOURCE} not compiled ({detail.strip()[:300]}); "
                  "the safeguard falls back to numpy", file=sys.stderr)
            return
        # A compiled module is platform-specific: the wheel gets a platform tag.
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if not editable:
            build_data["force_include"][str(target)] = str(SOURCE.parent / target.name)
