"""The one exception the site's code raises for bad data or a bad macro call."""

from mkdocs.exceptions import PluginError


class DataError(PluginError):
    """Bad data or a bad reference; the message is Vietnamese and names file, entry, field.

    A PluginError, so MkDocs logs the message at ERROR and aborts the build before it
    touches the site folder when raised while the configuration loads.
    """
