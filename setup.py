"""Build hook: the example dataset (``datasets/`` at the top of the checkout) goes inside the package.

Everything else is declared in ``pyproject.toml``. A checkout or an editable install reads
``datasets/`` where it is; a built wheel (``pip install .``) carries a copy as
``newskit/datasets/``, where :func:`newskit.datasets.datasets_dir` finds it.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("000_1132590431262ebf.txt", "000_1132590431262ebf.meta.json", "story_pack.json", "README.md")


class BuildWithDatasets(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "newskit" / "datasets"
        target.mkdir(parents=True, exist_ok=True)
        for name in SHIPPED:
            shutil.copy2(Path(__file__).parent / "datasets" / name, target / name)


setup(cmdclass={"build_py": BuildWithDatasets})
