# The news site as a container: built with the .NET SDK, run on the ASP.NET runtime image
# as its non-root user, listening on port 8080. Articles (content/) and static files
# (wwwroot/) are part of the published output.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Publish for the image's architecture only: native libraries (SkiaSharp) for one platform.
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Site/Site.csproj src/Site/
RUN dotnet restore src/Site/Site.csproj -a $TARGETARCH
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY content/ content/
RUN dotnet publish src/Site/Site.csproj --no-restore -a $TARGETARCH -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# No polling file watcher: the site rescans its content folder itself (Site:RescanSeconds),
# which also catches what a mounted volume's change notifications miss.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Site.dll"]
