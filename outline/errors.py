"""The one exception type users catch: bad input, explained in one line."""


class OutlineError(Exception):
    """Input that cannot be read as a report (missing, binary, undecodable, empty).

    The message is one line, says what is wrong and, where there is one, what to do next.
    """
