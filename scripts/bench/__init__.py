"""Benchmarks and robustness figures, each as a ratio against its natural baseline measured side by side.

`python -m scripts.bench` runs them all and prints one table (and writes it to bench/latest.md with the
machine it ran on): regeneration, the contract suite, paging through the client, the fake's throughput
against Prism, fuzzing, concurrent saves, and a canary token's leaks. `--quick` runs tiny sizes.
"""
