"""Build hook only: everything else is in pyproject.toml.

The gazetteers live at the top of the checkout (``gazetteers/``), where curators edit them and
``tools/build_gazetteers.py`` writes them. A wheel has no checkout, so the build copies them
into the package as ``pipeline/_gazetteers/``; ``pipeline.gazetteers.DEFAULT_DIR`` reads that
copy when it exists and the checkout's folder otherwise (editable installs, tests).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

_ROOT = Path(__file__).resolve().parent


class BuildPyWithGazetteers(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's gazetteers/ directly
        dst = Path(self.build_lib) / "pipeline" / "_gazetteers"
        shutil.copytree(_ROOT / "gazetteers", dst, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithGazetteers})
