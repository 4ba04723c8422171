-- The service's own role: the owner (POSTGRES_USER, duality_owner) runs the migrations and grants it what it needs.
CREATE ROLE duality LOGIN PASSWORD 'duality';
