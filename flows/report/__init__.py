"""The annual impact report: pure aggregation of anonymous facts and small-count suppression."""
