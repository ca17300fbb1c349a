import sys

from importer.cli import main

sys.exit(main(sys.argv[1:]))
