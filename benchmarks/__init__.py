"""Benchmarks: each compares our code with a floor measured in the same run, as a ratio.

Run with ``make bench``. Each ``bench_*`` module offers ``run(suite) -> Iterator[Figure]``.
"""
