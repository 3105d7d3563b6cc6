from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Leeszaal's hooks into allauth. Registration is open; e-mail addresses are stored lower-case."""

    def clean_email(self, email: str) -> str:
        return super().clean_email(email).strip().lower()
