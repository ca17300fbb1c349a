"""Organizations detected in each article, remembered from one build to the next.

Detection reads every headline and body: 7 s of each 10,000-article build.
Its result depends only on the article's text, the vocabulary and the
detection code, so a rebuild detects again only the articles whose text
changed. Pelican's content cache cannot hold it: the vocabulary is not
part of any article file.
"""

import hashlib
import pickle
from pathlib import Path

CODE = tuple(sorted(Path(__file__).parent.glob("*.py")))


def detector_key(vocabulary_path):
    """What every result depends on besides the text: the vocabulary file and this plugin's code."""
    digest = hashlib.blake2b(digest_size=16)
    for path in (Path(vocabulary_path), *CODE):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def text_key(*texts):
    digest = hashlib.blake2b(digest_size=16)
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.digest()


class RememberedDetector:
    """Detector.detect(title, body) answered from the last build when the texts are the same.

    Results are stored as organization ids and kept only for the texts of this
    build, so the file never grows beyond the archive.
    """

    def __init__(self, detector, vocabulary, path, key):
        self.detector, self.vocabulary, self.path, self.key = detector, vocabulary, Path(path), key
        self.found = {}  # text key -> [organization id], this build
        try:
            stored_key, self.remembered = pickle.loads(self.path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            stored_key, self.remembered = None, {}
        if stored_key != key:
            self.remembered = {}

    def detect(self, *texts):
        key = text_key(*texts)
        ids = self.found.get(key)
        if ids is None:
            ids = self.remembered.get(key)
        if ids is None:
            ids = [organization.id for organization in self.detector.detect(*texts)]
        self.found[key] = ids
        return [self.vocabulary.get(organization_id) for organization_id in ids]

    def save(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_bytes(pickle.dumps((self.key, self.found), protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(self.path)
