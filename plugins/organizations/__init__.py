"""Organizations: vocabulary, detection in articles, pages and feeds per organization."""
